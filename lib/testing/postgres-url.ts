// Where the PostgreSQL test lane connects: .ci/setup-machine.sh creates this role and database.
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://lumina:lumina@127.0.0.1:5432/lumina';

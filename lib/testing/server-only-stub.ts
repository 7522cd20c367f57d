// Stands in for the `server-only` package under Vitest, which is not a React server environment.
export {};

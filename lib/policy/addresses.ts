// Where the policy and its history live (client-safe: only addresses). Each published version has a
// permanent page, and each "what changed" page compares two versions (lib/policy/history.ts).

export const POLICY_PAGE = '/privacy-policy';
export const VERSIONS_PAGE = '/privacy-policy/versions';
/** Sends a visitor asked again to the changes since the version they chose under (a route: it reads their cookie). */
export const WHAT_CHANGED_PAGE = '/privacy-policy/what-changed';

// The permanent page of version `id`.
export const versionPage = (id: string) => `${VERSIONS_PAGE}/${id}`;

// The page showing what changed from version `from` to version `to`.
export const changesPage = (to: string, from: string) => `${versionPage(to)}/changes-since/${from}`;

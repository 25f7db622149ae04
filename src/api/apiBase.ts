/** Where the API is served: every request path is below it. Kept apart from the schemas so that code of the first load can name it without loading zod. */
export const apiBase = '/api';

// Stands in for the "server-only" package under vitest: the tests are the server.
export {};

// Stands in for `server-only` in tests: the tests run lib/ code on the server side on purpose.

// Quiet logs in tests unless asked for (LOG_LEVEL=info npm test -w api).
process.env.LOG_LEVEL ??= 'silent';

// The read API's rate limits, readable without the limiter itself (the OpenAPI document and the docs page state them).
export const API_RATE_LIMITS = { perToken: 600, perAddress: 120, windowSeconds: 60 };

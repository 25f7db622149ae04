/** True when the app runs against the in-browser mock API (`vite --mode mock`). */
export const isMockMode = import.meta.env.VITE_MOCK_API === '1';

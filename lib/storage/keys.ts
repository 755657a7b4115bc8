/** Keys are ours (never typed by people): lower-case, in folders, with an image extension. No "..", no absolute paths. */
const KEY = /^[a-z0-9]+(?:[/_-][a-z0-9]+)*\.(?:webp|png|jpe?g)$/;
export const isStorageKey = (key: string): boolean => key.length <= 200 && KEY.test(key);

/**
 * App Bridge's toast (`shopify.toast`), drawn by Shopify admin outside the app's frame.
 * https://shopify.dev/docs/api/app-bridge-library/apis/toast
 */
export function showToast(message: string, options: {isError?: boolean} = {}): void {
  // The global is installed by App Bridge's script; pages rendered alone (unit tests) have none.
  if (typeof shopify === 'undefined') return;
  shopify.toast.show(message, options);
}

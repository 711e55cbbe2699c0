/*
 * Heed demo mode only: a stand-in for App Bridge's resource picker
 * (https://shopify.dev/docs/api/app-home/apis/resource-picker), loaded by app-bridge.js the first
 * time `shopify.resourcePicker()` is called. It lists the simulated shop's products or collections
 * (served by the demo server from the simulator) in a dialog and resolves as the real picker does:
 * with the selected resources, or `undefined` when the merchant cancels. The real picker returns
 * more fields per resource (handle, images, variants…); this one returns the GraphQL `id` and
 * `title`, the fields Heed reads.
 *
 * Plain browser JavaScript with no build step: it is served as it is written.
 */

const RESOURCES_PATH = '/demo/resources';
const NOUNS = {product: 'products', collection: 'collections'};

export async function openResourcePicker(options) {
  const type = options && options.type;
  if (type !== 'product' && type !== 'collection') {
    throw new Error(`The demo resource picker supports products and collections, not ${type}`);
  }
  const response = await fetch(RESOURCES_PATH, {headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`The demo server has no resources (HTTP ${response.status})`);
  const catalog = await response.json();
  const resources = type === 'product' ? catalog.products : catalog.collections;
  const limit = options.multiple === true ? Infinity : Number(options.multiple) || 1;
  const preselected = new Set((options.selectionIds || []).map((resource) => resource.id));
  return showDialog({type, resources, limit, preselected, action: options.action || 'add'});
}

function showDialog({type, resources, limit, preselected, action}) {
  return new Promise((resolve) => {
    const noun = NOUNS[type];
    const verb = action === 'select' ? 'Select' : 'Add';
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', `${verb} ${noun}`);
    dialog.style.cssText =
      'border:0;border-radius:12px;padding:16px;min-width:320px;font:13px/20px sans-serif;box-shadow:0 8px 24px rgba(0,0,0,.3)';
    const heading = document.createElement('h2');
    heading.textContent = `${verb} ${noun}`;
    heading.style.cssText = 'margin:0 0 8px;font-size:16px';
    const search = document.createElement('input');
    search.type = 'search';
    search.setAttribute('aria-label', `Search ${noun}`);
    search.style.cssText = 'width:100%;margin-bottom:8px;padding:4px 8px';
    const list = document.createElement('fieldset');
    list.style.cssText = 'border:0;margin:0;padding:0;max-height:320px;overflow:auto';
    const boxes = resources.map((resource) => {
      const label = document.createElement('label');
      label.style.display = 'block';
      const box = document.createElement('input');
      box.type = limit === 1 ? 'radio' : 'checkbox';
      box.name = 'heed-demo-resource';
      box.checked = preselected.has(resource.id);
      label.append(box, ` ${resource.title}`);
      list.append(label);
      return {resource, box, label};
    });
    search.addEventListener('input', () => {
      const wanted = search.value.trim().toLowerCase();
      for (const {resource, label} of boxes) {
        label.hidden = wanted !== '' && !resource.title.toLowerCase().includes(wanted);
      }
    });
    const buttons = document.createElement('div');
    buttons.style.cssText = 'display:flex;justify-content:flex-end;gap:8px;margin-top:12px';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    const confirm = document.createElement('button');
    confirm.type = 'button';
    confirm.textContent = verb;
    buttons.append(cancel, confirm);
    dialog.append(heading, search, list, buttons);
    document.body.append(dialog);

    const finish = (value) => {
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener('click', () => finish(undefined));
    dialog.addEventListener('cancel', () => finish(undefined));
    confirm.addEventListener('click', () => {
      const chosen = boxes
        .filter(({box}) => box.checked)
        .slice(0, limit)
        .map(({resource}) => ({id: resource.id, title: resource.title}));
      // Like App Bridge's SelectPayload: the array, also under its (deprecated) `selection` key.
      finish(Object.assign(chosen, {selection: chosen}));
    });
    dialog.showModal();
    search.focus();
  });
}

// The app as an assistive technology meets it: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree) of the page, which holds only what the accessibility mirror puts there
// (src/platform/web/mirror.js; the canvas is hidden from it). Items are found by role and name, as a screen
// reader finds them, and activated as a screen reader does: its default action on the element (a click
// event on the element itself, not a pointer at a place). Chromium only: the tree is read over CDP.
const INTERACTIVE = new Set(['button', 'checkbox', 'radio', 'tab', 'textbox', 'spinbutton', 'slider']);
const GROUPS = new Set(['radiogroup', 'tablist']);

const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

// The accessibility tree of the page now, flattened in document order to what is not ignored: { role,
// name, value, checked, selected, focused, disabled, expanded, invalid, level, group (the name of the
// radio group or tab list it is in), backendId }.
export async function axTree(app) {
  const cdp = await app.tab.native.context().newCDPSession(app.tab.native);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const out = [];
    const walk = (node, group) => {
      if (!node) return;
      const role = node.role?.value;
      const name = node.name?.value ?? '';
      if (!node.ignored && role !== 'generic' && role !== 'none') {
        out.push({
          role, name, value: node.value?.value == null ? null : String(node.value.value),
          checked: property(node, 'checked') ?? null, selected: property(node, 'selected') ?? null,
          focused: property(node, 'focused') === true, disabled: property(node, 'disabled') === true,
          expanded: property(node, 'expanded') ?? null, invalid: property(node, 'invalid') ?? null,
          level: property(node, 'level') ?? null, group, backendId: node.backendDOMNodeId,
        });
      }
      const inGroup = GROUPS.has(role) ? name : group;
      for (const child of node.childIds || []) walk(byId.get(child), inGroup);
    };
    walk(nodes[0], null);
    return out;
  } finally {
    await cdp.detach();
  }
}

export const isInteractive = (node) => INTERACTIVE.has(node.role);

const matches = (node, { role, name, group }) => node.role === role && (name === undefined || node.name === name) &&
  (group === undefined || node.group === group);
const describe = (want) => `${want.role} "${want.name}"${want.group ? ` in "${want.group}"` : ''}`;

// Waits until the tree holds a node with `role` and `name` (and in group `group`), and returns it.
export async function waitForNode(app, want, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let tree = [];
  while (Date.now() < deadline) {
    tree = await axTree(app);
    const found = tree.find((n) => matches(n, want));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  const seen = tree.filter((n) => n.name).map((n) => `${n.role} "${n.name}"`).join(' | ');
  throw new Error(`no ${describe(want)} in the accessibility tree within ${timeout} ms; it holds: ${seen}`);
}

// Runs `fn` (a function body taking the element as `this`) on the DOM element behind an accessibility node.
async function onElement(app, node, fn, args = []) {
  const cdp = await app.tab.native.context().newCDPSession(app.tab.native);
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId, functionDeclaration: fn.toString(), arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    return result.value;
  } finally {
    await cdp.detach();
  }
}

// Finds the node and performs its default action, as a screen reader's double tap or "activate" does.
// Resolves once the app has drawn the frame after the one that took it (the mirror turns it into a tap
// on the item: ui/mirror_input.hpp) and the screen has settled.
export async function activate(app, want) {
  const node = await waitForNode(app, want);
  const before = await app.frame();
  await onElement(app, node, function () { this.click(); });
  await app.waitForFrame(before);
  await app.settle();
  return node;
}

// Puts `text` into the text box or spin button named `name`, as a screen reader user types into a focused
// edit field (the field's own input events), and waits until the app's field shows it.
export async function fill(app, want, text) {
  const node = await waitForNode(app, want);
  await onElement(app, node, function () { this.focus(); });
  await app.evaluate(() => document.activeElement.select());
  await app.tab.insertText(text);
  await waitForValue(app, want, text);
  return app.settle();
}

// Waits until the node with `role` and `name` holds `value` in the tree.
export async function waitForValue(app, want, value, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let node = null;
  while (Date.now() < deadline) {
    node = (await axTree(app)).find((n) => matches(n, want));
    if (node && node.value === value) return node;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${describe(want)} holds ${JSON.stringify(node?.value)}, not ${JSON.stringify(value)}`);
}

// The node that has the keyboard's focus, or null (the document itself counts as focused too: the
// deepest focused node is the one).
export async function focusedNode(app) {
  return (await axTree(app)).filter((n) => n.focused && n.role !== 'RootWebArea').pop() || null;
}

// Waits until the focus is on the node with `role` and `name` (the tree follows the page a moment later).
export async function waitForFocus(app, want, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let node = null;
  while (Date.now() < deadline) {
    node = await focusedNode(app);
    if (node && matches(node, want)) return node;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the focus is on ${node ? `${node.role} "${node.name}"` : 'nothing'}, not ${describe(want)}`);
}

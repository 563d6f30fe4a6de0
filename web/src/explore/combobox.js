// An accessible autocomplete (WAI-ARIA combobox pattern) over the API's
// search: type, ArrowUp/ArrowDown to move, Enter to pick, Escape to close.
import { gql, Q } from './api.js';

let uid = 0;

export function combobox(input, listbox, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i) => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', listbox.children[i].id);
      listbox.children[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i) => {
    const item = items[i];
    if (!item) return;
    input.value = item.name;
    input.dataset.id = item.id;
    close();
    onPick(item);
  };

  const render = (query) => {
    listbox.replaceChildren();
    items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = `opt-${++uid}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.type = item.type;
      const name = document.createElement('span');
      name.textContent = item.name;
      li.append(name);
      const q = query.toLowerCase();
      const alias = item.aliases.find((a) => a.toLowerCase().includes(q) && !item.name.toLowerCase().includes(q));
      const meta = document.createElement('small');
      meta.textContent = (alias ? `also “${alias}” · ` : '') + item.type.toLowerCase();
      li.append(meta);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      listbox.append(li);
    });
    if (!items.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No actor matches';
      listbox.append(li);
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length ? 0 : -1);
  };

  const suggest = async () => {
    const q = input.value.trim();
    delete input.dataset.id;
    if (q.length < 2) return close();
    const mine = ++seq;
    try {
      const data = await gql(Q.search, { q });
      if (mine !== seq) return;
      items = data.search;
      render(q);
    } catch {
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && items.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) suggest();
      else highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      e.stopPropagation();
      pick(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  // value returns what to send to the API: the picked id, else the text.
  return { value: () => input.dataset.id || input.value.trim(), close };
}

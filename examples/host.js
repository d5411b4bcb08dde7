// Records the widgets' events, as a host's analytics or lead form would.
const list = document.getElementById('events');
for (const type of ['kam-navigator:step', 'kam-navigator:result']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.target.id} ${type} ${JSON.stringify(event.detail)}`;
    list.append(item);
    (window.knEvents ??= []).push({ id: event.target.id, type, detail: event.detail });
  });
}

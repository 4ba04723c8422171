// Follows a campaign's event stream (Server-Sent Events) with fetch, because EventSource cannot send the
// Authorization header and a token never goes into a URL. After a dropped connection it reconnects with
// Last-Event-ID, so it resumes after the last event it received: none skipped, none twice.

export function follow(url, token, { onEntry, onStatus, onDenied }) {
  let lastId = null;
  let stopped = false;
  let controller = null;

  async function run() {
    let delay = 500;
    while (!stopped) {
      try {
        controller = new AbortController();
        const headers = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
        if (lastId !== null) headers['Last-Event-ID'] = String(lastId);
        const response = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status === 401 || response.status === 403) {
          onStatus('ended');
          onDenied && onDenied(response.status);
          return;
        }
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        onStatus('live');
        delay = 500;
        await read(response.body);
      } catch (e) {
        if (stopped) return;
      }
      if (stopped) return;
      onStatus('reconnecting');
      await new Promise(resolve => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }

  async function read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  function dispatch(block) {
    let id = null;
    const data = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return;
    if (id !== null) lastId = id;
    try {
      onEntry(JSON.parse(data.join('\n')));
    } catch (e) {
      console.error('unreadable event', e);
    }
  }

  run();
  return {
    stop() { stopped = true; if (controller) controller.abort(); }
  };
}

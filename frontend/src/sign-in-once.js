// A page whose session ended (idle timeout, a restart) is sent to sign-in by each htmx request it
// makes: a GET gets a 401 with HX-Redirect to the page, a form's POST a 403 with HX-Refresh (its
// CSRF token belonged to the ended session). htmx would navigate once per answer; two navigations
// close together each start a sign-in in a session of their own, and the sign-in that comes back
// can find the other's state or lose the page to return to. So the first answer that navigates
// wins and, the page leaving, the later ones are dropped.

function navigates(xhr) {
  return Boolean(xhr?.getResponseHeader('HX-Redirect')) || xhr?.getResponseHeader('HX-Refresh') === 'true';
}

/** An htmx:beforeOnLoad listener that lets only the first answer navigating away through. */
export function signInOnce() {
  let leaving = false;
  const listener = (event) => {
    if (!navigates(event.detail?.xhr)) return;
    if (leaving) {
      event.preventDefault();
    }
    leaving = true;
  };
  // a page restored from the back-forward cache is open again
  listener.reset = () => { leaving = false; };
  return listener;
}

export function listen(doc = document, win = window) {
  const listener = signInOnce();
  doc.addEventListener('htmx:beforeOnLoad', listener);
  win.addEventListener('pageshow', (event) => event.persisted && listener.reset());
}

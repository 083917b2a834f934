// The dashboard's browser entry point: htmx plus the project's own behaviour modules.
import htmx from 'htmx.org';

window.htmx = htmx;

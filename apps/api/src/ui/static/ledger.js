// Progressive enhancement only: every page works without it.
import { initAll } from '/ui/assets/govuk/govuk-frontend.min.js';
initAll();

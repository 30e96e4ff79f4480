import { defineSiteChecks } from '../support/site-checks.ts';

defineSiteChecks();

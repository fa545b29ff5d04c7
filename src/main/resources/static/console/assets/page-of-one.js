// A console page of one thing named in its address (?number=, ?code=, ?key=): without the name the page offers
// another way in, and a thing the platform refuses (403, 404) shows the platform's answer instead.
import { ApiProblem } from './api.js';

/**
 * Shows the thing the address names by `parameter` with show(main, name); missing(main) when the address names
 * none, refused(main, problem) when the platform refuses it.
 */
export async function pageOfOne(main, parameter, { show, missing, refused }) {
  const name = new URLSearchParams(location.search).get(parameter)?.trim();
  if (!name) {
    missing(main);
    return;
  }
  try {
    await show(main, name);
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) {
      throw problem;
    }
    refused(main, problem);
  }
}

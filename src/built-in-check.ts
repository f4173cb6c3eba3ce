import storyData from '../data/lavrov-pakistan-2021.json' with {type: 'json'};
import {known} from './built-in.js';
import {validateStory, type Validation} from './model/validate.js';

/**
 * Validates the built-in story as the build and the tests do. It lives apart from built-in.ts so that the
 * validator stays out of the embed's first download: readers' browsers never validate the built-in story.
 */
export function validateBuiltIn(): Validation {
  return validateStory(storyData, {countries: known});
}

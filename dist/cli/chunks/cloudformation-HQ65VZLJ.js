import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-PJ2GGC4I.js";
import "./chunk-CRJ6NAF5.js";
import "./chunk-YORQFDHF.js";
import "./chunk-W5J53G5K.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

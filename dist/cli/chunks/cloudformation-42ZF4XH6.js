import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-2FL4TZVQ.js";
import "./chunk-VQEFKRGI.js";
import "./chunk-UCTG4E4O.js";
import "./chunk-24XWNE43.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

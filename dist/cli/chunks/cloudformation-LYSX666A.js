import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-46WS6MUS.js";
import "./chunk-FVHT2YPQ.js";
import "./chunk-KZJAYCNI.js";
import "./chunk-IEOEEZND.js";
import "./chunk-SILUO6X4.js";
import "./chunk-Z3EKPFHN.js";
import "./chunk-LIWTLKFB.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

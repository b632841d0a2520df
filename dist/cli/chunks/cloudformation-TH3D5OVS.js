import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-5JE7TAGC.js";
import "./chunk-SGRPCYMW.js";
import "./chunk-KZJAYCNI.js";
import "./chunk-IEOEEZND.js";
import "./chunk-VDYDSDA3.js";
import "./chunk-AFFATZEQ.js";
import "./chunk-LIWTLKFB.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

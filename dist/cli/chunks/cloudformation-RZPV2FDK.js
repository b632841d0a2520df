import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-VP2BEJB6.js";
import "./chunk-SGRPCYMW.js";
import "./chunk-KZJAYCNI.js";
import "./chunk-IEOEEZND.js";
import "./chunk-5QPUJARG.js";
import "./chunk-AFFATZEQ.js";
import "./chunk-LIWTLKFB.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

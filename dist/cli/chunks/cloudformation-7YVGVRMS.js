import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-JTZHSEFY.js";
import "./chunk-PLBRKKTN.js";
import "./chunk-LMI6DAP6.js";
import "./chunk-JJJPUUKO.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

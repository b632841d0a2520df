import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-655SJJKQ.js";
import "./chunk-EJAWZNZY.js";
import "./chunk-JWKNKK3J.js";
import "./chunk-IEOEEZND.js";
import "./chunk-5A6JRXOJ.js";
import "./chunk-2IE4I6NM.js";
import "./chunk-YZ3DP3CV.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};

export { evaluateIntrinsic, checkIntrinsic } from './evaluateIntrinsic';
export { isIntrinsic, parseIntrinsic, IntrinsicSyntaxError, type IntrinsicArg, type IntrinsicCall } from './parseIntrinsic';
export { intrinsicFunctions, formatIntrinsicValue, IntrinsicArgumentError, type IntrinsicDefinition } from './intrinsicFunctions';

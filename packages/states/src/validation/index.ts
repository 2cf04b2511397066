export { validateDefinition, invalidDefinitionMessage, type ValidationResult } from './validateDefinition';
export { allowedStateFields, STATE_TYPES, CHOICE_OPERATORS, type QueryLanguage } from './stateFields';

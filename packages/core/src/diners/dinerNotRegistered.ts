import { DomainError } from '../commands/commandErrors';

/** Every diner command from a caller who has not registered (409 `domain/diner-not-registered`). */
export const dinerNotRegistered = () => new DomainError('diner-not-registered', 'register first: POST /me');

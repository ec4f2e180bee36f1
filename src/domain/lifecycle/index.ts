export * from './states';
export * from './audit';
export { ORDER_RULES, transitionOrder, cleanReason, type OrderRule, type TransitionResult } from './orderMachine';
export { ITEM_RULES, itemEventOpen, PRODUCED_STATES, transitionItem, type ItemRule, type ItemContext } from './itemMachine';
export * from './progress';
export * from './validity';
export * from './shownStatus';

/** Wake-ups from other instances (PostgreSQL LISTEN/NOTIFY). May be lost: whoever listens also polls. */
export interface WakeupChannel {
  /** Called on every notification, and once after a reconnect (notifications sent meanwhile are lost). */
  onWake(handler: () => void): void;
  close(): Promise<void>;
}

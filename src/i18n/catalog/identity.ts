import { defineMessages } from '../define';

export const identity = defineMessages(
  {
    'identity.placeholder': '',
  },
  {
    'identity.placeholder': '',
  },
);

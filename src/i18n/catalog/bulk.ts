import { defineMessages } from '../define';

export const bulk = defineMessages(
  {
    'bulk.placeholder': '',
  },
  {
    'bulk.placeholder': '',
  },
);

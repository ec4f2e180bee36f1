import { defineMessages } from '../define';

export const photo = defineMessages(
  {
    'photo.placeholder': '',
  },
  {
    'photo.placeholder': '',
  },
);

import { defineMessages } from '../define';

export const core = defineMessages(
  {
    'error.generic': 'Sorry, something went wrong on our side. Please try again. If it keeps happening, give support this reference: {ref}',
  },
  {
    'error.generic': 'Något gick fel hos oss. Försök igen. Om det fortsätter, ge supporten den här referensen: {ref}',
  },
);

import { registerEnumType } from 'type-graphql';

export enum SearchMatch {
  NAME = 'NAME',
  FORMER_NAME = 'FORMER_NAME',
  CODE = 'CODE',
  CARD_NUMBER = 'CARD_NUMBER',
}
registerEnumType(SearchMatch, { name: 'SearchMatch', description: 'What the search text was found in' });

/** People for the name tests: Лавров, and Алиев and Алиева, who share the form «Алиева». */
import type { Person } from '../../../src/schemas/person.ts';

const person = (id: string, name: string, nameLatin: string): [string, Person] => [
  id,
  { id, name, nameLatin, description: '' },
];

export const NAMESAKES: [string, Person][] = [
  person('sergey-lavrov', 'Сергей Лавров', 'Sergey Lavrov'),
  person('ilkham-aliev', 'Ильхам Алиев', 'Ilham Aliyev'),
  person('elmira-alieva', 'Эльмира Алиева', 'Elmira Aliyeva'),
];

import { personNominative, placeNominative } from './src/lib/names/nominative.ts';
import { isCommonWord, isOnlyCommonWord } from './src/lib/names/morphology.ts';
const t = performance.now();
for (const n of ['Марии Захаровой','Сергея Лаврова','Сергея Лаврофа','Лаврова','Терезы Мэй','Борису Джонсону','Эльвиры Набиуллиной','Дмитрия Пескова','Асии Биби','Ричарда Гренелла','Скрипалей','Шарля Мишеля','Ильхамом Алиевым','Майкл О\'Лири','Мария Захарова','Анной Ивановой','Владимиром Путиным','Джейхуна Байрамова'])
  console.log(n, '→', personNominative(n));
for (const n of ['Британии','Нагорном Карабахе','Соединенных Штатах','Америке','Голландии','Москве','Санкт-Петербурге','Ессентуках','Германией','Пенджабе','Кремле','США','Республике Ирландия'])
  console.log(n, '→', placeNominative(n));
for (const w of ['Мир','Вера','Роман','Песков','Лавров','Москва','Пророк','Величество','Её','Сочи','Надежда','Кремль','Байрамов'])
  console.log(w, isCommonWord(w), isOnlyCommonWord(w));
console.log('ms', performance.now()-t);

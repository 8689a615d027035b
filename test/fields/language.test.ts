import { describe, expect, it } from 'vitest';
import { detectLanguage, languageSample } from '../../src/fields/index.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The city council approved the new transit budget on Tuesday after a debate that lasted more than six hours, officials said.'],
    ['fr', 'Le conseil municipal a approuvé mardi le nouveau budget des transports après un débat qui a duré plus de six heures.'],
    ['de', 'Der Stadtrat hat am Dienstag nach einer mehr als sechsstündigen Debatte den neuen Verkehrshaushalt beschlossen.'],
    ['es', 'El ayuntamiento aprobó el martes el nuevo presupuesto de transporte tras un debate que duró más de seis horas.'],
    ['pt', 'A câmara municipal aprovou na terça-feira o novo orçamento dos transportes depois de um debate de mais de seis horas.'],
    ['ru', 'Городской совет во вторник утвердил новый транспортный бюджет после дебатов, которые длились более шести часов.'],
    ['ja', '市議会は火曜日、六時間以上に及ぶ議論の末、新しい交通予算を承認したと当局者が明らかにした。'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells Indonesian from Malay, which the detector holds as one, by the words each spells its own way', () => {
    const indonesian = 'Pemerintah akan menambah anggaran subsidi pupuk tahun ini karena harga di pasar naik, kata menteri pertanian saat konferensi pers di Jakarta kemarin. Ia mengatakan langkah tersebut harus diambil agar petani tidak terbebani.';
    const malay = 'Kerajaan akan memperuntukkan wang tambahan untuk subsidi baja tahun ini kerana harga di pasaran meningkat, kata menteri pertanian semasa sidang media di Putrajaya semalam. Beliau berkata langkah itu perlu supaya petani tidak terbeban.';
    expect(detectLanguage(indonesian)).toBe('id');
    expect(detectLanguage(malay)).toBe('ms');
  });

  it.each(['', 'OK', '12345 67890', 'Share'])('returns null when there is too little text: %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('reads a bounded sample cut at a word boundary', () => {
    const long = 'word '.repeat(1000);
    const sample = languageSample(long, 600);
    expect(sample.length).toBeLessThanOrEqual(600);
    expect(sample.endsWith('word')).toBe(true);
  });
});

/**
 * Words that tell Indonesian from Malay, which the language detector's tables (eld, 60 languages)
 * hold as one: it names both `ms`. Each pair is one word as each standard spells or says it
 * (Indonesian "bahwa", "karena", "uang", "pemerintah"; Malay "bahawa", "kerana", "wang", "kerajaan").
 * Known false positive: a Malay text quoting Indonesian (or the reverse) at length.
 */
export const INDONESIAN_MARKERS: readonly string[] = ['bahwa', 'karena', 'yaitu', 'saja', 'bisa', 'harus', 'setelah', 'uang', 'kantor', 'pemerintah', 'agar', 'tapi', 'tersebut', 'sejumlah'];
export const MALAY_MARKERS: readonly string[] = ['bahawa', 'kerana', 'iaitu', 'sahaja', 'boleh', 'mesti', 'selepas', 'wang', 'pejabat', 'kerajaan', 'supaya', 'ialah', 'semasa', 'beliau'];

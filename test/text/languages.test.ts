// Hand-made pages in languages whose function words are few or attached to the next word (Turkish,
// Arabic, Hebrew), that split words into syllables (Vietnamese) or that put no spaces between words
// (Thai): their paragraphs read as prose on their own scale, so the article keeps every one, and the
// menus and teasers still go.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { measure } from '../../src/classify/features.js';
import { STOPWORDS } from '../../src/rules/stopwords.js';
import { SETTINGS } from '../../src/rules/settings.js';

interface Page {
  lang: string;
  title: string;
  chrome: string[];
  head: string[];
  paragraphs: string[];
  tail: string[];
}

const PAGES: Page[] = [
  {
    lang: 'tr',
    title: 'Merkez Bankası faizi sabit tuttu',
    chrome: ['Ana Sayfa', 'Gündem', 'Ekonomi', 'Spor'],
    head: ['Güncelleme: 03 Haziran 2024 14:05'],
    paragraphs: [
      'Türkiye Cumhuriyet Merkez Bankası, politika faizini beklentilere paralel olarak yüzde 50 seviyesinde sabit tuttu.',
      'Banka tarafından yapılan açıklamada, enflasyonun ana eğiliminin yakından takip edildiği ve gerekli görülmesi halinde para politikasının sıkılaştırılacağı belirtildi.',
      'Açıklamada, sıkı para politikası duruşunun enflasyonun ana eğiliminde belirgin ve kalıcı bir düşüş sağlanana kadar sürdürüleceği vurgulandı.',
      'Ekonomistler, kararın beklentilerle uyumlu olduğunu ve faiz indiriminin yılın son çeyreğinden önce gelmesinin zor olduğunu belirtti.',
    ],
    tail: ['İlgili Haberler', 'Dolar güne yükselişle başladı', 'Altın fiyatları rekor kırdı', 'Bu haberi paylaş'],
  },
  {
    lang: 'ar',
    title: 'الحكومة تعلن خطة جديدة لدعم الاقتصاد',
    chrome: ['تخطى إلى المحتوى', 'الرئيسية', 'أخبار', 'سياسة', 'اقتصاد'],
    head: [],
    paragraphs: [
      'أعلنت الحكومة اليوم الاثنين عن خطة جديدة لدعم الاقتصاد الوطني بقيمة عشرة مليارات دولار، تهدف إلى تعزيز النمو وخلق فرص العمل للشباب.',
      'وقال رئيس الوزراء في مؤتمر صحفي إن الخطة تشمل حوافز للمستثمرين وتسهيلات ضريبية للشركات الصغيرة والمتوسطة، إضافة إلى مشروعات كبرى في البنية التحتية.',
      'وأضاف أن الحكومة ستعمل مع القطاع الخاص لتنفيذ هذه المشروعات خلال السنوات الثلاث المقبلة، مشيرا إلى أن الاقتصاد يواجه تحديات كبيرة بسبب ارتفاع الأسعار.',
      'من جهتهم، رحب خبراء اقتصاديون بالخطة، لكنهم حذروا من أن نجاحها يعتمد على سرعة التنفيذ ومكافحة البيروقراطية.',
    ],
    tail: ['اقرأ أيضا', 'البنك المركزي يرفع أسعار الفائدة', 'ارتفاع أسعار الذهب في الأسواق العالمية', 'شارك', 'فيسبوك'],
  },
  {
    lang: 'vi',
    title: 'Chính phủ công bố gói hỗ trợ kinh tế mới',
    chrome: ['Trang chủ', 'Thời sự', 'Kinh doanh'],
    head: [],
    paragraphs: [
      'Chính phủ vừa công bố gói hỗ trợ trị giá 10 tỷ USD nhằm thúc đẩy tăng trưởng kinh tế và tạo việc làm cho người lao động trong năm nay.',
      'Theo Bộ Tài chính, gói hỗ trợ bao gồm giảm thuế cho doanh nghiệp nhỏ và vừa, đồng thời tăng đầu tư công vào các dự án hạ tầng lớn.',
      'Các chuyên gia kinh tế cho rằng gói hỗ trợ sẽ giúp doanh nghiệp vượt qua khó khăn, nhưng cần được triển khai nhanh chóng và minh bạch.',
    ],
    tail: ['Xem thêm', 'Giá vàng hôm nay tăng mạnh', 'Chứng khoán phục hồi sau phiên giảm sâu', 'Chia sẻ'],
  },
  {
    lang: 'he',
    title: 'הממשלה אישרה תוכנית כלכלית חדשה',
    chrome: ['ראשי', 'חדשות', 'כלכלה', 'ספורט'],
    head: ['03.06.2024 10:15'],
    paragraphs: [
      'הממשלה אישרה ביום שני תוכנית כלכלית חדשה בהיקף של עשרה מיליארד שקלים, שמטרתה לסייע לעסקים קטנים ולמשפחות במצוקה.',
      'שר האוצר אמר במסיבת עיתונאים כי התוכנית תמומן בעיקר מהעודף בגביית המסים ולא תפגע ביעד הגירעון.',
      'באופוזיציה מתחו ביקורת על התוכנית וטענו כי היא אינה מספקת מענה ליוקר המחיה ולמחירי הדיור.',
      'כלכלנים מעריכים כי התוכנית תתרום לצמיחה במשק בחודשים הקרובים, אם תיושם במהירות.',
    ],
    tail: ['עוד בנושא', 'מחירי הדלק יעלו בחודש הבא', 'גל חום צפוי בסוף השבוע', 'שתפו'],
  },
  {
    lang: 'th',
    title: 'รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจใหม่',
    chrome: ['หน้าแรก', 'การเมือง', 'เศรษฐกิจ', 'กีฬา'],
    head: ['03.06.2024 10:15'],
    paragraphs: [
      'รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจใหม่มูลค่ากว่าหนึ่งแสนล้านบาท เพื่อช่วยเหลือประชาชนและธุรกิจขนาดเล็กที่ได้รับผลกระทบจากค่าครองชีพที่สูงขึ้น',
      'รัฐมนตรีว่าการกระทรวงการคลังกล่าวว่ามาตรการดังกล่าวจะเริ่มดำเนินการในเดือนหน้า และคาดว่าจะช่วยให้เศรษฐกิจขยายตัวได้มากขึ้น',
      'ฝ่ายค้านวิจารณ์ว่ามาตรการนี้เป็นการแก้ปัญหาระยะสั้นและอาจทำให้หนี้สาธารณะเพิ่มสูงขึ้น',
      'นักเศรษฐศาสตร์มองว่าการใช้จ่ายภาครัฐจะช่วยพยุงการบริโภคในช่วงครึ่งปีหลัง',
    ],
    tail: ['ข่าวที่เกี่ยวข้อง', 'ราคาทองวันนี้ปรับขึ้น', 'พยากรณ์อากาศวันนี้', 'แชร์'],
  },
];

const text = (p: Page): string =>
  [`${p.title} - Haberler`, '', ...p.chrome, '', p.title, '', ...p.head.flatMap((h) => [h, '']), ...p.paragraphs.flatMap((x) => [x, '']), ...p.tail].join('\n');

describe.each(PAGES)('a $lang article', (page) => {
  it('keeps every paragraph and drops the menus and teasers', () => {
    const a = cleanArticle({ text: text(page) }, { repair: false });
    expect(a.headline).toBe(page.title);
    expect(a.paragraphs).toEqual(page.paragraphs);
    expect(a.language).toBe(page.lang);
  });

  it('measures its paragraphs as prose on its own list', () => {
    const block = { index: 0, text: '', lineCount: 1, line: 1 } as never;
    for (const p of page.paragraphs) expect(measure(block, p, STOPWORDS[page.lang] ?? new Set()).stopDensity).toBeGreaterThanOrEqual(SETTINGS.stopwordsLow);
  });
});

/**
 * Site chrome as data, grouped by concept (after trafilatura's `xpaths.py`). Each entry matches a
 * WHOLE block (anchored, case-insensitive) of at most `maxWords` words, so prose that merely
 * mentions "share prices", "newsletter" or "related" is never touched. Each entry says its known
 * false positive.
 */
export interface ChromeRule {
  /** `chrome/<what>`: the rule id in notes, options.disable and the README. */
  id: string;
  /** What it removes, for the reason sentence. */
  what: string;
  patterns: RegExp[];
  /** Longest block (in words) the rule may remove. */
  maxWords: number;
  /** Known false positive, kept next to the entry on purpose. */
  falsePositive: string;
  /** A cheap test every match passes (speed: the full patterns run only when it does). */
  requires?: RegExp;
}

const w = (s: string): RegExp => new RegExp(`^(?:${s})$`, 'iu');
/** The networks a localised share button names ("Compartir en Facebook", "Per E-Mail teilen"). */
const SHARE_TARGETS = '(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|telegram|messenger|reddit|bluesky|threads|vk|вконтакте|одноклассники)';

/** Whether a rule's patterns match `text` (its `requires` test first); the word limit is the caller's. */
export const matchesRule = (rule: ChromeRule, text: string): boolean => (rule.requires?.test(text) ?? true) && rule.patterns.some((p) => p.test(text));

/** A web browser's name, as a browser notice offers them. */
const BROWSER = '(?:(?:google )?chrome|safari|firefox|(?:microsoft )?edge|opera|internet explorer)';

export const CHROME_RULES: ChromeRule[] = [
  {
    id: 'chrome/skip-link',
    what: 'a skip link',
    patterns: [
      w('skip (?:to|navigation)(?: the)?(?: main)?(?: content| navigation| article| search| footer)?'),
      w('jump to (?:main )?content|back to top|go to (?:top|content)'),
      // German, French, Spanish, Italian, Portuguese, Dutch, Russian.
      w("(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|zur navigation(?: springen)?|(?:aller|passer) (?:directement )?au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|(?:pular|ir|saltar) para o conte[uú]do(?: principal)?|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|перейти к (?:основному )?(?:содержанию|содержимому|контенту)"),
      // "Skip to content" as WordPress and other themes translate it: Turkish, Indonesian, Polish,
      // Czech, Swedish, Danish and Norwegian, Finnish, Romanian, Hungarian, Greek, Ukrainian,
      // Vietnamese, Arabic, Japanese, Chinese, Korean.
      w('(?:ana )?[iİ]çeriğe (?:geç|atla)|(?:lompat|langsung) ke (?:konten|isi)(?: utama)?|przejdź do (?:głównej )?treści|přejít (?:na|k) (?:hlavní )?obsah(?:u)?|hoppa till (?:huvud)?innehåll(?:et)?|(?:gå|hopp) til (?:hoved)?(?:indhold|innhold)(?:et)?|siirry (?:suoraan )?sisältöön|sari la conținut(?:ul principal)?|ugrás a (?:fő)?tartalomhoz|μετάβαση στο (?:κύριο )?περιεχόμενο|перейти до (?:основного )?(?:вмісту|змісту)|chuyển (?:đến|tới) nội dung(?: chính)?|(?:انتقل|تخطى) إلى المحتوى(?: الرئيسي)?|(?:メインコンテンツ|本文|コンテンツ)へ(?:スキップ|移動)|跳(?:到|至|转到)(?:主要)?(?:内容|內容|正文)|본문(?:으로)? 바로\\s?가기|(?:मुख्य )?(?:सामग्री|कंटेंट) पर जाएं|(?:मुख्य )?(?:सामग्री|कंटेंट) पर जाएँ'),
    ],
    maxWords: 6,
    falsePositive: 'a headline that is literally "Back to top".',
  },
  {
    id: 'chrome/share',
    what: 'a share or social bar item',
    patterns: [
      w('share(?: this| on| via| the)?(?: full)?(?: (?:article|story|page|post))?(?: on)?(?: (?:facebook|twitter|x|linkedin|whatsapp|email|pinterest|reddit))?[:!]?'),
      w('(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|email|e-mail|print|tweet|mix|copy link|copy article link|messenger|telegram|tumblr|pocket|sms|comments?|save)'),
      // "Share" alone in German, French, Spanish, Portuguese, Italian, Dutch, Russian, Turkish,
      // Indonesian, Arabic, Hindi; and the networks' names in Arabic script.
      w('teilen|artikel teilen|partager|compartir|compartilhar|condividi|delen|поделиться|paylaş|bagikan|شارك|مشاركة|शेयर करें|فيسبوك|تويتر|واتساب|تيليجرام|لينكدإن'),
      // …in Japanese, Chinese and Korean: "この記事をシェアする", "分享到：", "공유하기".
      w('(?:この記事を)?シェア(?:する)?|分享(?:到)?[:：]?|기사 ?공유(?:하기)?|공유(?:하기)?'),
      // "Share on Facebook" in those languages ("Compartir en Facebook", "Auf WhatsApp teilen").
      w(`(?:compartir|compartilhar|partager|condividi|delen|teilen|поделиться)(?: (?:en|no|na|em|sur|par|su|via|per|op|auf|bei|в))? ${SHARE_TARGETS}`),
      w(`(?:auf|bei|per|via|über) ${SHARE_TARGETS} teilen`),
      w('(?:\\d[\\d,.]*k? )?shares?|sharing is caring!?|share this:?|tweet this|pin it|print this (?:article|page)'),
      // "Like this story? Share it with a friend!", "Share your thoughts with friends."
      w('(?:(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\\?? )?share (?:it|this(?: (?:story|article|post))?|your thoughts) with (?:a |your )?friends?[.!]?'),
      // A row of several share targets on one line ("Whatsapp Facebook Pint Baixar").
      w('(?:(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|email|e-mail|print|reddit|tumblr|telegram|messenger|sms|copy link|share|tweet|pin|flipboard|mix|baixar|download|compartilhar|compartir|partager|teilen|imprimir|drucken)[\\s|,·•/]*){2,}'),
      w('follow (?:us|[\\p{L}.]+(?: [\\p{L}.]+){0,3}) on (?:facebook|twitter|instagram|linkedin|youtube|flipboard|rss|tiktok)'),
      // WordPress share buttons: "Click to share on Facebook (Opens in new window)".
      w('click to (?:share on|email|print) .{1,40}(?: \\(opens in new window\\))?'),
    ],
    maxWords: 10,
    falsePositive: 'a one-word paragraph "Facebook" in a story about Facebook (it reads as a share button).',
  },
  {
    id: 'chrome/advertisement',
    what: 'an advertisement label',
    patterns: [w('(?:advertisement|advertising|advert|ad|ads)(?: [-–—·|] (?:scroll|continue reading|story continues)(?: to continue| below)?(?: with content)?)?|sponsored(?: content)?|supported by|story continues below(?: advertisement)?|continue reading (?:below|the main story)|article continues below|scroll to continue(?: with content)?|paid content|promoted(?: stories)?|anzeige|publicité|publicidad|реклама')],
    maxWords: 5,
    falsePositive: 'a subheading "Advertising" in a story about the ad industry.',
  },
  {
    id: 'chrome/listen',
    what: 'a listen-to-article control',
    patterns: [
      w('listen(?: to)?(?: this)? (?:article|story)(?: ?[·•|-]? ?[\\d:]+ ?(?:min|mins|minutes))?(?: learn more)?|audio(?: for this article)?(?: is)? (?:not )?available|\\d+ min(?:ute)?s? (?:read|listen)|listen|play audio|reading time:? \\d+ ?(?:min|mins|minutes)'),
      // Reading time in German, French, Spanish, Italian, Portuguese, Dutch, Russian: "Lecture 3 min.", "Lesezeit: 4 Min.".
      w('(?:lecture|lesezeit|lectura|tempo di lettura|leitura|leestijd|время чтения) ?:? ?\\d+ ?(?:min(?:uten|utes|utos|uti|\\.)?|мин\\.?|минут[ы]?)'),
      // "Listen to this article" in German, French, Spanish, Italian, Portuguese, Dutch, Russian,
      // with its length ("Artikel anhören (3 Minuten)").
      w("(?:(?:diesen )?artikel (?:anhören|vorlesen(?: lassen)?)|(?:é|e)couter (?:cet |l')article|escuchar (?:este |el )?art[ií]culo|ascolta(?:re)? (?:questo |l')articolo|ouvir (?:este |o )?artigo|(?:artikel )?(?:beluisteren|voorlezen)|(?:про)?слушать (?:эту )?статью)(?: ?[·•|-]? ?\\(?[\\d:]+ ?(?:min|mins|minuten|minutes|minutos|minuti|мин)\\.?\\)?)?"),
    ],
    maxWords: 10,
    falsePositive: 'a one-word quote "Listen." standing as its own paragraph.',
  },
  {
    id: 'chrome/consent',
    what: 'cookie or consent text',
    patterns: [
      w('(?:we|this (?:site|website)|our (?:site|website)) uses? cookies.*|cookie (?:policy|settings|preferences)|accept|i agree|got it|ok(?:ay)?,? i understand|privacy (?:overview|settings|preferences)|we (?:value|care about) your privacy'),
      w('(?:necessary|non-necessary|functional|analytics|performance|advertisement|marketing) cookies(?: always enabled)?|(?:non-)?necessary(?: always enabled)?'),
      // "We use cookies …" in German, French, Spanish, Italian, Portuguese, Dutch, Russian.
      w('(?:wir (?:verwenden|nutzen)|diese (?:website|webseite|seite) (?:verwendet|nutzt)|nous utilisons|ce site (?:web )?utilise|utilizamos|usamos|este sitio (?:web )?utiliza|utilizziamo|questo sito (?:web )?utilizza|este site utiliza|wij gebruiken|we gebruiken|deze (?:website|site) gebruikt|мы используем|этот сайт использует) .{0,40}cookie.*'),
      // Unanchored (no leading .*, which is slow on long blocks): a consent sentence anywhere in the block.
      /\b(?:accept|manage|reject) (?:all )?cookies\b|\bby (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b|\bcookies (?:are|that) (?:absolutely |strictly )?(?:necessary|essential)\b/iu,
    ],
    maxWords: 120,
    // Every pattern above holds "cookie" or "by continuing/using", or is one of the short phrases
    // without them (a cookie setting, accept, I agree, got it, ok, privacy …, necessary). Prose
    // opening with "We", "This" or "Our" passes only if it names cookies (it scans long blocks: test first).
    requires: /^(?:accept|i agree|got it|ok(?:ay)?,? i understand|privacy|(?:non-)?necessary|we (?:value|care about) your privacy)|cookie|by (?:continuing|using)/iu,
    falsePositive: 'an article about cookie law quoting a consent banner sentence verbatim.',
  },
  {
    id: 'chrome/subscribe',
    what: 'a newsletter, subscribe or sign-in prompt',
    // A prompt may open with "Click here to" or "Tap here to".
    patterns: [
      w('(?:(?:click|tap) here to )?(?:(?:sign|log) ?(?:in|up|out)(?: (?:for|to) .{0,60})?|register|subscribe(?: now| today| here)?(?: (?:for|to) .{0,60})?|create (?:a free )?account|my account|already a subscriber\\??.*|become a (?:member|subscriber).*)'),
      w('(?:(?:click|tap) here to )?(?:(?:get|receive|sign up for) (?:our|the) .{0,40}newsletters?.{0,80}|newsletters?|enter your e-?mail(?: address)?.*|your e-?mail address|thanks? (?:you )?for (?:subscribing|signing up).*)'),
      w('support (?:independent|our) journalism.*|contribute|donate|subscribe for (?:full|unlimited) access.*'),
      // Indonesian promos for a site's channels: "Simak breaking news dan berita pilihan kami langsung di
      // ponselmu.", "Dapatkan update berita pilihan setiap hari di Google News".
      w('(?:simak|ikuti|dapatkan|baca) (?:breaking news|berita|update|informasi).{0,80}(?:ponsel(?:mu)?|whatsapp|telegram|google news|aplikasi).{0,40}'),
      // "Get the latest news delivered to your inbox every morning. Sign up for our free newsletter."
      w("(?:get|receive|have) (?:the latest|the day's|today's|our|the top|the biggest|breaking) .{0,60}(?:delivered|sent|straight) (?:to|into) your inbox.{0,120}"),
      // Newsletter and subscribe prompts in German, French, Spanish, Italian, Portuguese, Dutch, Russian.
      w("(?:(?:jetzt )?(?:newsletter )?abonnieren|zum newsletter anmelden|abonnez-vous(?: à (?:notre|la) newsletter)?|s'abonner|inscrivez-vous à (?:notre|la) newsletter|suscr[ií]bete(?: a (?:nuestro|nuestra|la) (?:newsletter|bolet[ií]n))?|iscriviti(?: alla (?:nostra )?newsletter)?|assine(?: a nossa newsletter)?|inscreva-se(?: na (?:nossa )?newsletter)?|abonneer(?: je)?(?: op (?:onze|de) nieuwsbrief)?|подпишитесь(?: на (?:нашу )?рассылку)?|подписаться(?: на рассылку)?)[.!]?"),
      // App and account prompts.
      w('(?:download|get) (?:our|the) (?:free )?(?:[\\p{L}.]+ ){0,3}app.{0,60}|turn on (?:push |breaking news )?(?:notifications|alerts)|gift (?:this|the) (?:article|story)|save (?:this )?(?:article|story)|save (?:articles|stories) (?:to read later|for later)(?: and create your (?:own )?reading list)?\\.?'),
    ],
    maxWords: 30,
    falsePositive: 'a one-line paragraph "Subscribe now." quoted inside a story about paywalls.',
  },
  {
    id: 'chrome/photo-credit',
    what: 'a standalone photo credit',
    patterns: [
      w('(?:image|photo|picture|photograph|video|graphic)s? (?:credit|courtesy|by|source)s?:? .{1,80}|\\(?(?:image|photo|picture|photograph|graphic|credit)s?: [^.]{1,80}\\)?'),
      w('[\\p{L}. \'-]{2,60} ?/ ?(?:getty images|ap|afp|reuters|epa|shutterstock|alamy|bloomberg|ap photo|afp via getty images)(?: file)?'),
      w('(?:getty images|shutterstock|ap photo|afp via getty images|reuters|epa)(?: ?/ ?[\\p{L}. \'-]{2,60})?'),
    ],
    maxWords: 14,
    // Every pattern above starts with one of these (a credit word, a source) or holds the "Name / Agency" slash
    // (a slash before an agency: not every date, URL or "and/or").
    requires: /^\(?(?:image|photo|picture|video|graphic|credit|getty|shutterstock|ap photo|afp via|reuters|epa)|\/ ?(?:getty|ap|afp|reuters|epa|shutterstock|alamy|bloomberg)/iu,
    falsePositive: 'a paragraph that is only "Reuters" used as a wire credit (the credit rule runs first).',
  },
  {
    id: 'chrome/media-control',
    what: 'a photo or video control',
    patterns: [w('enlarge (?:this )?image|(?:hide|show|toggle) caption|(?:view|open) (?:photo )?gallery|(?:play|watch) video|image \\d+ of \\d+|photo \\d+ of \\d+|\\d+ of \\d+ (?:photos|images)|expand(?: image)?|close')],
    maxWords: 5,
    falsePositive: 'a one-line paragraph "Close." quoting a speaker.',
  },
  {
    id: 'chrome/comment-count',
    what: 'a comment counter',
    patterns: [w('(?:\\d[\\d,]* )?comments?|(?:view|show|read|add|post|leave|load) (?:all )?(?:\\d+ )?(?:a )?comments?|no comments(?: yet)?|be the first to comment|join the (?:discussion|conversation)|\\d+ (?:reactions?|replies|responses)')],
    maxWords: 6,
    falsePositive: 'a subheading "Comments" introducing quoted reactions inside the article.',
  },
  {
    id: 'chrome/browser-notice',
    what: 'a browser or JavaScript notice',
    patterns: [
      // "We've detected you are on Internet Explorer. … please update to a modern browser."
      w("(?:we(?:['’]ve| have) detected (?:that )?you(?:['’]re| are) (?:on|using)|you(?:['’]re| are) using an? (?:outdated|old|older|unsupported|out-of-date) (?:web )?browser|(?:your|this) (?:web )?browser (?:is )?(?:out of date|outdated|not (?:fully )?supported|no longer supported|unsupported)|(?:please )?(?:update|upgrade|switch) (?:to a (?:modern|newer|supported) browser|your browser))\\b.{0,200}"),
      w('(?:(?:please |you need to |you must )?enable javascript|javascript is (?:disabled|required|not enabled|turned off)|this (?:site|page|website) (?:requires|needs) javascript)\\b.{0,200}'),
      // The browsers offered instead, as a row of names ("CHROME SAFARI FIREFOX").
      w(`${BROWSER}(?:[\\s|,·•/]+${BROWSER}){1,5}`),
    ],
    // Anchored patterns, no `requires`: screened with the other anchored rules (first pass), where a
    // block that opens otherwise fails at its first words. As an unanchored `requires` test in the
    // gate over every block of up to 50 words, it cost several per cent of the plain-text time.
    maxWords: 50,
    falsePositive: 'a paragraph of a story about web browsers that opens "Your browser is out of date".',
  },
  {
    id: 'chrome/breadcrumb',
    what: 'a breadcrumb trail',
    patterns: [w('(?:[\\p{L}\\p{N}&\',. -]{1,30}(?: ?[>›»→] ?| [/|] )){1,6}[\\p{L}\\p{N}&\',. -]{1,40}')],
    maxWords: 14,
    requires: /[>›»→]| [/|] /,
    falsePositive: 'a short title with a slash such as "AC/DC" (needs a separator with spaces or a chevron to fire).',
  },
];

/**
 * Chrome judged only inside the article's main run (src/revise/in-run.ts), not screened on every
 * block by the first pass: what it removes matters only among the article's paragraphs (outside
 * the run everything but a field is dropped anyway), and its tests scan whole blocks.
 */
export const IN_RUN_RULES: ChromeRule[] = [
  {
    id: 'chrome/contributor-credit',
    what: 'a contributor credit',
    patterns: [
      w(".{2,120}? contributed(?: reporting| additional reporting)?(?: to| for) (?:this|the) (?:report|story|article)\\.?"),
      w('(?:with )?additional reporting (?:by|from) .{2,160}|(?:reporting|writing|editing) by [^.]{2,160}\\.?'),
    ],
    maxWords: 30,
    // Each pattern holds one of these words (a wire agency's credit is picked as the source before this rule's verdict counts).
    requires: /contributed|reporting (?:by|from)|(?:writing|editing) by/iu,
    falsePositive: 'a one-line paragraph "Reporting by the council\'s own auditors found …" opening with the same words.',
  },
  {
    id: 'chrome/click-prompt',
    what: 'a link prompt',
    // "CLICK HERE TO GET THE FOX NEWS APP", "Click here for more sports coverage", "GET FOX BUSINESS ON THE GO BY CLICKING HERE": a line that is a link.
    // "Read more", "Continue reading", "Show more": a button that opens the rest of the page.
    patterns: [w('(?:click|tap) here\\b.{0,120}|.{1,120} by (?:clicking|tapping) here'), w('(?:read|see|show|load|view) (?:more|all)|(?:continue|keep) reading')],
    maxWords: 16,
    requires: /^(?:(?:click|tap) here\b|(?:read|see|show|load|view) (?:more|all)$|(?:continue|keep) reading$)| by (?:clicking|tapping) here$/iu,
    falsePositive: 'a one-line paragraph quoting an instruction that opens "Click here".',
  },
  {
    id: 'chrome/print-notice',
    what: 'a print-edition notice',
    // "A version of this article appears in print on June 4, 2024, Section A, Page 8 of the New York
    // edition with the headline: … Order Reprints | Today's Paper | Subscribe".
    patterns: [w('(?:a )?version of this (?:article|story|review|column|essay) (?:appears|appeared) (?:in print|in the print edition)\\b.{0,400}|this (?:article|story) (?:appears|appeared) in (?:print|the print edition)\\b.{0,400}')],
    maxWords: 80,
    requires: /version of this (?:article|story|review|column|essay) appear|^this (?:article|story) appear/iu,
    falsePositive: 'a paragraph about a newspaper\'s print edition that opens with these words.',
  },
  {
    id: 'chrome/syndication-notice',
    what: 'a syndication notice',
    // "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
    patterns: [w('\\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by .{1,60} and is (?:published|auto-generated) from a syndicated (?:news )?feed\\.?\\)?')],
    maxWords: 40,
    requires: /syndicated (?:news )?feed/iu,
    falsePositive: 'a story about news syndication quoting such a notice as its own paragraph.',
  },
  {
    // The same rule id as a <figcaption> in HTML (src/classify/html-signals.ts).
    id: 'chrome/caption',
    what: 'a photo caption',
    patterns: [
      w('file(?: photo)? ?[-–—:] .{10,600}'),
      w('.{10,600}\\((?:ap|afp|reuters|epa|getty images) photo(?:s)?(?:/[^)]{2,80})?\\)\\.?'),
      // A gallery's caption: "Item 1 of 2 An oil pump jack …", "[1/2] An oil pump jack …".
      w('(?:item \\d+ of \\d+|\\[\\d+/\\d+\\]) ?.{10,600}'),
      // A caption that ends with its credit: "… (Image: GETTY)", "… (Photo by Jane Doe/Getty Images)", "… (Jane Doe/The Union via AP)", "… Credit: NASA", "… Photograph by Jane Doe/AFP".
      // Case matters (no `i` flag): after a bare "Credit:" or "Photograph by" a name follows, not a clause ("give them credit: they …").
      /^.{10,600}(?:\((?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture|[Cc]redit|IMAGE|PHOTO|PICTURE|CREDIT)s?: [^()]{2,80}\)|\((?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture|IMAGE|PHOTO|PICTURE)s? (?:by|courtesy(?: of)?|via|BY|COURTESY(?: OF)?|VIA) \p{Lu}[^()]{1,80}\)|\([^()]{2,80} via (?:AP|AFP|Reuters|REUTERS|EPA|Getty Images)\)|\b(?:[Cc]redit|CREDIT): [\p{Lu}\d][^.()!?,;:]{1,60}|\b(?:[Pp]hotograph(?:ed)?|PHOTOGRAPH) by \p{Lu}[^.()!?,;:]{1,80})\.?$/u,
    ],
    maxWords: 120,
    // Every pattern opens with "FILE" or a gallery's count, or holds an agency's photo credit in parentheses, or a credit label.
    // No `\b` before the labels: under the `iu` flags a word boundary that is not at the start costs
    // about ten times the search (Unicode case folding), on every block of the main run. Nor a
    // space first ("via AP)", not " via AP)"): every alternative's first character is tried at
    // each position, and a space stands at every fifth (the whole pass read 2–3 % slower).
    // (The headline picker asks it too, of each candidate that could win.)
    requires: /^file\b|^item \d+ of \d+|^\[\d+\/\d+\]|\((?:ap|afp|reuters|epa|getty images) photos?\b|\((?:image|photo|picture|photograph|credit)s?: |\((?:image|photo|picture|photograph)s? (?:by|courtesy|via) |via (?:ap|afp|reuters|epa|getty images)\)|credit: |photograph(?:ed)? by /iu,
    falsePositive: 'a paragraph that quotes a photo credit "(AP Photo/…)" inside a story about photographers.',
  },
];

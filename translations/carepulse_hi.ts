<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>DesktopMain</name>
    <message>
        <source>CarePulse: contact-centre analytics.</source>
        <translation>CarePulse: संपर्क केंद्र विश्लेषण।</translation>
    </message>
    <message>
        <source>The store to open (default: $CAREPULSE_DB, else the user&apos;s store).</source>
        <translation>खोलने के लिए स्टोर (डिफ़ॉल्ट: $CAREPULSE_DB, अन्यथा उपयोगकर्ता का स्टोर)।</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Render the page with its data to a PNG file and exit.</source>
        <translation>पेज को उसके डेटा के साथ PNG फ़ाइल में सहेजें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>दिखाने के लिए पेज: %1।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>carepulse: cannot write the screenshot %1</source>
        <translation>carepulse: स्क्रीनशॉट %1 नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>carepulse: unknown page &apos;%1&apos;; pages: %2</source>
        <translation>carepulse: अज्ञात पेज &apos;%1&apos;; पेज: %2</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>A required field is missing</source>
        <translation>एक आवश्यक फ़ील्ड मौजूद नहीं है</translation>
    </message>
    <message>
        <source>A timestamp does not parse</source>
        <translation>एक टाइमस्टैम्प पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Created after it was last modified</source>
        <translation>अंतिम संशोधन के बाद बनाया गया</translation>
    </message>
    <message>
        <source>An answer is not a number</source>
        <translation>एक उत्तर संख्या नहीं है</translation>
    </message>
    <message>
        <source>An answer is outside 1..10</source>
        <translation>एक उत्तर 1..10 की सीमा से बाहर है</translation>
    </message>
    <message>
        <source>Q4 is not Y or N</source>
        <translation>Q4 न Y है न N</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>अमान्य JSON</translation>
    </message>
    <message>
        <source>Record longer than 1 MiB</source>
        <translation>रिकॉर्ड 1 MiB से लंबा है</translation>
    </message>
    <message>
        <source>A value has the wrong type</source>
        <translation>एक मान का प्रकार गलत है</translation>
    </message>
    <message>
        <source>Too few fields</source>
        <translation>बहुत कम फ़ील्ड</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation>%1: स्टोर नहीं खोला जा सका: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 विफल रहा: %3</translation>
    </message>
    <message>
        <source>%1: statement failed: %2 (%3)</source>
        <translation>%1: स्टेटमेंट विफल रहा: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the store has schema version %2, newer than this CarePulse understands (%3); upgrade CarePulse</source>
        <translation>%1: स्टोर का स्कीमा संस्करण %2 है, जो इस CarePulse के समझे जाने वाले संस्करण (%3) से नया है; CarePulse को अपग्रेड करें</translation>
    </message>
    <message>
        <source>%1: events must be written inside a transaction</source>
        <translation>%1: इवेंट एक ट्रांज़ैक्शन के भीतर ही लिखे जाने चाहिए</translation>
    </message>
</context>
<context>
    <name>carepulse</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>%1: unrecognised file: the header has none of the expected columns (for example case_no, create_timestamp, survey_id, or a dimension&apos;s key column such as call_center_id or priority_key)</source>
        <translation>%1: अपरिचित फ़ाइल: हेडर में अपेक्षित कॉलम में से कोई भी नहीं है (उदाहरण के लिए case_no, create_timestamp, survey_id, या किसी डायमेंशन का कुंजी कॉलम जैसे call_center_id या priority_key)</translation>
    </message>
    <message>
        <source>%1: the header lacks required columns: %2</source>
        <translation>%1: हेडर में आवश्यक कॉलम नहीं हैं: %2</translation>
    </message>
</context>
<context>
    <name>carepulse::Importer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>%1: the folder has no files to import</source>
        <translation>%1: फ़ोल्डर में आयात करने के लिए कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>%1: the real-time simulator&apos;s seed cases (no timestamps), not history: skipped. Replay them as live events with &apos;carepulse-cli simulate stream --seed-cases %1&apos;.</source>
        <translation>%1: रीयल-टाइम सिम्युलेटर के सीड केस (बिना टाइमस्टैम्प), इतिहास नहीं: छोड़ दिए गए। इन्हें लाइव इवेंट के रूप में चलाने के लिए: &apos;carepulse-cli simulate stream --seed-cases %1&apos;।</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: पढ़ने में त्रुटि: %2</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept</source>
        <translation>%1: रद्द किया गया; इस फ़ाइल से कुछ भी नहीं रखा गया</translation>
    </message>
</context>
<context>
    <name>carepulse::cli</name>
    <message>
        <source>Store: %1
</source>
        <translation>स्टोर: %1
</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>LOADED</source>
        <translation>लोड किए गए</translation>
    </message>
    <message>
        <source>DUPLICATES</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>क्वारंटीन</translation>
    </message>
    <message>
        <source>    %1 of the loaded rows updated existing ones
</source>
        <translation>    लोड की गई पंक्तियों में से %1 ने मौजूदा पंक्तियों को अपडेट किया
</translation>
    </message>
    <message>
        <source>    quarantined: %1
</source>
        <translation>    क्वारंटीन: %1
</translation>
    </message>
    <message>
        <source>    line %1: %2%3%4
</source>
        <translation>    पंक्ति %1: %2%3%4
</translation>
    </message>
    <message>
        <source>    note: %1
</source>
        <translation>    टिप्पणी: %1
</translation>
    </message>
    <message>
        <source>Total: %1 records read, %2 loaded, %3 duplicates, %4 quarantined in %5 s (%6 records/s)
</source>
        <translation>कुल: %1 रिकॉर्ड पढ़े गए, %2 लोड किए गए, %3 डुप्लिकेट, %4 क्वारंटीन, %5 सेकंड में (%6 रिकॉर्ड/सेकंड)
</translation>
    </message>
    <message>
        <source>Import dimension, case and survey files (TSV, JSON Lines, JSON arrays) or folders of them into the store.</source>
        <translation>डायमेंशन, केस और सर्वेक्षण फ़ाइलें (TSV, JSON Lines, JSON ऐरे) या उनके फ़ोल्डर स्टोर में आयात करें।</translation>
    </message>
    <message>
        <source>The store (default: $CAREPULSE_DB or the user&apos;s store).</source>
        <translation>स्टोर (डिफ़ॉल्ट: $CAREPULSE_DB या उपयोगकर्ता का स्टोर)।</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation>आउटपुट: text या json।</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>आयात करने के लिए फ़ाइलें या फ़ोल्डर।</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>पथ...</translation>
    </message>
    <message>
        <source>carepulse-cli import: --format must be text or json, not &apos;%1&apos;
</source>
        <translation>carepulse-cli import: --format text या json होना चाहिए, &apos;%1&apos; नहीं
</translation>
    </message>
    <message>
        <source>carepulse-cli import: name at least one file or folder
</source>
        <translation>carepulse-cli import: कम से कम एक फ़ाइल या फ़ोल्डर बताएँ
</translation>
    </message>
    <message>
        <source>carepulse-cli import: %1
</source>
        <translation>carepulse-cli import: %1
</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>कुछ भी आयात नहीं हुआ।
</translation>
    </message>
    <message>
        <source>Generate a realistic FutureCart data set.

  simulate history   write the dimension files and N days of case and survey history
  simulate stream    stream live events (not yet available)</source>
        <translation>एक यथार्थवादी FutureCart डेटा सेट बनाएँ।

  simulate history   डायमेंशन फ़ाइलें और N दिनों का केस और सर्वेक्षण इतिहास लिखें
  simulate stream    लाइव इवेंट स्ट्रीम करें (अभी उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>history or stream</source>
        <translation>history या stream</translation>
    </message>
    <message>
        <source>Run &apos;carepulse-cli simulate --help&apos; for the options.
</source>
        <translation>विकल्पों के लिए &apos;carepulse-cli simulate --help&apos; चलाएँ।
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 %2 से %3 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out फ़ोल्डर आवश्यक है</translation>
    </message>
    <message>
        <source>--cases N is required</source>
        <translation>--cases N आवश्यक है</translation>
    </message>
    <message>
        <source>--end must be a time &apos;YYYY-MM-DD HH:MM:SS&apos;, not &apos;%1&apos;</source>
        <translation>--end &apos;YYYY-MM-DD HH:MM:SS&apos; प्रारूप में समय होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <source>simulate: writing %1 (%2 s)
</source>
        <translation>simulate: %1 लिखा जा रहा है (%2 सेकंड)
</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2 (history %3 .. %4, seed %5):
</source>
        <translation>%1 फ़ाइलें %2 में लिखी गईं (इतिहास %3 .. %4, सीड %5):
</translation>
    </message>
    <message>
        <source>Done in %1 s.
</source>
        <translation>%1 सेकंड में पूरा हुआ।
</translation>
    </message>
    <message>
        <source>say what to simulate: &apos;history&apos; or &apos;stream&apos;</source>
        <translation>बताएँ कि क्या सिम्युलेट करना है: &apos;history&apos; या &apos;stream&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनपेक्षित आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>carepulse-cli simulate stream: not yet available in this version; use &apos;simulate history&apos; to write a data set.
</source>
        <translation>carepulse-cli simulate stream: इस संस्करण में अभी उपलब्ध नहीं है; डेटा सेट लिखने के लिए &apos;simulate history&apos; का उपयोग करें।
</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use &apos;history&apos; or &apos;stream&apos;</source>
        <translation>अज्ञात मोड &apos;%1&apos;: &apos;history&apos; या &apos;stream&apos; का उपयोग करें</translation>
    </message>
</context>
<context>
    <name>carepulse::cli::HistoryOptions</name>
    <message>
        <source>Folder to write the data set into (created if needed).</source>
        <translation>वह फ़ोल्डर जिसमें डेटा सेट लिखा जाएगा (ज़रूरत हो तो बनाया जाएगा)।</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same bytes (default 1).</source>
        <translation>रैंडम सीड: एक ही सीड से वही बाइट्स बनते हैं (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of cases to create.</source>
        <translation>बनाए जाने वाले केसों की संख्या।</translation>
    </message>
    <message>
        <source>Days of history ending at --end (default 10).</source>
        <translation>--end पर समाप्त होने वाले इतिहास के दिन (डिफ़ॉल्ट 10)।</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>End of the history, &apos;YYYY-MM-DD HH:MM:SS&apos; (default: now, local time).</source>
        <translation>इतिहास का अंत, &apos;YYYY-MM-DD HH:MM:SS&apos; (डिफ़ॉल्ट: अभी, स्थानीय समय)।</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Number of employees (default 300024).</source>
        <translation>कर्मचारियों की संख्या (डिफ़ॉल्ट 300024)।</translation>
    </message>
    <message>
        <source>Number of products (default 92353).</source>
        <translation>उत्पादों की संख्या (डिफ़ॉल्ट 92353)।</translation>
    </message>
</context>
<context>
    <name>carepulse::sqlite::SqliteStore</name>
    <message>
        <source>Dimension: %1</source>
        <translation>डायमेंशन: %1</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>केस इवेंट</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>सर्वेक्षण</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>क्वारंटीन किए गए रिकॉर्ड</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>आयात की गई फ़ाइलें</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>स्टोर खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CarePulse</source>
        <translation>CarePulse के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोर खोलें</translation>
    </message>
    <message>
        <source>CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CarePulse स्टोर (*.db *.sqlite *.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>About CarePulse</source>
        <translation>CarePulse के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;Contact-centre analytics: cases, SLA breaches, surveys and KPIs, offline on one desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;संपर्क केंद्र विश्लेषण: केस, SLA उल्लंघन, सर्वेक्षण और KPI, एक ही डेस्कटॉप पर ऑफ़लाइन।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बनाया गया।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: %1 · loading…</source>
        <translation>स्टोर: %1 · लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Store: %1 · Case events: %2</source>
        <translation>स्टोर: %1 · केस इवेंट: %2</translation>
    </message>
    <message>
        <source>Store: %1 · cannot be read</source>
        <translation>स्टोर: %1 · पढ़ा नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>यह संदेश बंद करें</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StoreContentsModel</name>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StorePage</name>
    <message>
        <source>The store %1 is empty. Import data with: carepulse-cli import --db %1 FILE…</source>
        <translation>स्टोर %1 खाली है। डेटा आयात करें: carepulse-cli import --db %1 फ़ाइल…</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>स्टोर %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: carepulse-cli COMMAND [OPTIONS]

Commands:
  import     Import dimension, case and survey files or folders into the store
  simulate   Generate a realistic FutureCart data set (simulate history --help)

Run &apos;carepulse-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>उपयोग: carepulse-cli कमांड [विकल्प]

कमांड:
  import     डायमेंशन, केस और सर्वेक्षण फ़ाइलें या फ़ोल्डर स्टोर में आयात करें
  simulate   एक यथार्थवादी FutureCart डेटा सेट बनाएँ (simulate history --help)

किसी कमांड के विकल्पों के लिए &apos;carepulse-cli कमांड --help&apos; चलाएँ।
</translation>
    </message>
    <message>
        <source>carepulse-cli: unknown command &apos;%1&apos;

</source>
        <translation>carepulse-cli: अज्ञात कमांड &apos;%1&apos;

</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>cannot read bundled resource %1</source>
        <translation>बंडल किया गया संसाधन %1 पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>डायरेक्टरी %1 नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>bundled %1 has no column %2</source>
        <translation>बंडल की गई %1 में कॉलम %2 नहीं है</translation>
    </message>
    <message>
        <source>the bundled FutureCart dimension files are empty</source>
        <translation>बंडल की गई FutureCart डायमेंशन फ़ाइलें खाली हैं</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
</context>
</TS>

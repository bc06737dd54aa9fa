"""The page skeleton: markup and CSS, with four slots filled by html.py
(__TITLE__, __VIS__ the inlined vis-network, __DATA__ the JSON blocks and
__SCRIPT__ our code). It holds exactly two script elements, vis-network and
ours; the CSP forbids every fetch, so nothing can leave the file."""

TEMPLATE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
 * { box-sizing: border-box; }
 body { margin: 0; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif; display: flex; height: 100vh; color: #222; }
 #side { width: 380px; overflow-y: auto; overflow-x: hidden; padding: 8px 12px; direction: rtl; text-align: right; font-size: 14px; border-left: 1px solid #ddd; }
 #graph { flex: 1; position: relative; }
 #net { position: absolute; inset: 0; }
 h1 { font-size: 17px; margin: 4px 0 8px; }
 h2 { font-size: 15px; margin: 10px 0 4px; }
 h3 { font-size: 14px; margin: 8px 0 2px; color: #444; }
 .q { border-bottom: 1px solid #eee; padding: 6px 0; direction: rtl; text-align: right; unicode-bidi: plaintext; }
 .meta { color: #666; font-size: 12px; }
 .legend { font-size: 12px; line-height: 1.9; }
 .legend span { display: inline-block; margin-left: 10px; white-space: nowrap; }
 .sw { display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin-left: 4px; border: 1px solid #999; }
 .ln { display: inline-block; width: 22px; height: 0; vertical-align: middle; margin-left: 4px; border-top: 3px solid; }
 #dropped { background: #fff4d6; border: 1px solid #e6c36a; padding: 4px 6px; margin: 6px 0; font-size: 12px; }
 #dropped[hidden] { display: none; }
 fieldset { border: 1px solid #ddd; margin: 4px 0; padding: 2px 6px; font-size: 12px; }
 fieldset label { display: inline-block; margin-left: 8px; white-space: nowrap; }
 #pubs { max-height: 84px; overflow: auto; }
 input[type=search] { width: 100%; margin: 4px 0; font-size: 14px; }
 input[type=date] { font-size: 12px; }
 a.go { color: #1f5fa8; cursor: pointer; text-decoration: underline; }
 .bar { display: inline-block; height: 10px; background: #7f9fbf; vertical-align: middle; margin-left: 6px; }
 #tip { position: absolute; pointer-events: none; background: #fffffe; border: 1px solid #aaa; padding: 4px 6px;
        font-size: 12px; max-width: 320px; direction: rtl; text-align: right; box-shadow: 0 1px 4px #0003; z-index: 5; }
 #tip[hidden] { display: none; }
 #tip .en { direction: ltr; text-align: left; color: #333; }
</style>
</head>
<body>
<div id="side">
 <h1 id="title"></h1>
 <div class="legend">
  <span><i class="ln" style="border-color:#2ca02c"></i>يؤيد · supports</span>
  <span><i class="ln" style="border-color:#d62728"></i>يعارض · opposes</span>
  <span><i class="ln" style="border-color:#9a9a9a;border-top-width:1px"></i>قال · said</span>
  <span><i class="ln" style="border-color:#b0b0b0;border-top-style:dashed;border-top-width:1px"></i>ينتمي · affiliation</span><br>
  <span><i class="sw" style="background:#1f77b4;border-radius:6px"></i>دولة · country</span>
  <span><i class="sw" style="background:#ff7f0e;transform:rotate(45deg)"></i>شخص · person</span>
  <span><i class="sw" style="background:#ffbb78;transform:rotate(45deg)"></i>منصب · office</span>
  <span><i class="sw" style="background:#9467bd"></i>منظمة · organisation</span>
  <span><i class="sw" style="background:#e8e8e8"></i>قضية · issue</span><br>
  <span class="meta" style="white-space:normal">سُمك العلاقة = عدد التصريحات · edge width = statements; حجم العقدة · node size:</span>
  <select id="sizeby"><option value="degree">الدرجة · degree</option><option value="statements">التصريحات · statements</option></select>
 </div>
 <div id="dropped" hidden></div>
 <input id="search" type="search" placeholder="ابحث عن اسم · search a name" autocomplete="off">
 <details id="filters" open>
  <summary>تصفية · filters</summary>
  <fieldset><legend>التاريخ · date</legend>
   <label>من <input id="from" type="date"></label> <label>إلى <input id="to" type="date"></label></fieldset>
  <fieldset id="kinds"><legend>نوع الفاعل · actor type</legend></fieldset>
  <fieldset id="ekinds"><legend>العلاقة · polarity</legend></fieldset>
  <fieldset><legend>الناشر · publisher</legend><div id="pubs"></div></fieldset>
  <button id="reset" type="button">إعادة ضبط · reset</button>
 </details>
 <div id="counts" class="meta"></div>
 <div id="detail"></div>
</div>
<div id="graph"><div id="net"></div><div id="tip" hidden></div></div>
<script>__VIS__</script>
<script>
(function () {
  "use strict";
  __DATA__
__SCRIPT__
})();
</script>
</body>
</html>
"""

/// The inline style sheet and script of the HTML report (no network, no libraries).
enum HTMLAssets {
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;background:#fafafa}
        header{background:#1f3a5f;color:#fff;padding:.6rem 1rem;position:sticky;top:0;z-index:2}
        header h1{margin:0;font-size:1.25rem;display:inline-block;margin-right:1.5rem}
        nav a{color:#dfe8f5;margin-right:1rem;text-decoration:none}nav a:hover{text-decoration:underline}
        main{padding:0 1rem 2rem}section{margin:1.2rem 0;background:#fff;border:1px solid #dde2ea;border-radius:6px;padding:.6rem 1rem}
        h2{font-size:1.15rem;margin:.3rem 0 .6rem}h3{font-size:1.02rem}h4{margin:.8rem 0 .3rem}
        .note{color:#5a6472;font-size:.88rem}.matrix-wrap{overflow:auto;max-height:70vh}
        table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #dde2ea;padding:.2rem .4rem;vertical-align:top}
        th{background:#eef2f7;position:sticky;top:0}td.rlabel{max-width:32rem}td.rid{white-space:nowrap;font-family:monospace}
        td.cell{width:4.2rem;text-align:center;cursor:pointer;font-size:1rem}td.cell:hover,td.cell.selected{outline:2px solid #1f3a5f}
        .level-explicit{background:#1b7a3e;color:#fff}.level-supports{background:#8fd19e}.level-mentions{background:#f3e7a1}
        .level-opposes{background:#d9534f;color:#fff}.level-absent{background:#fff}
        .legend .cell{display:inline-block;padding:.1rem .5rem;border:1px solid #ccd;border-radius:3px;margin-right:.3rem}
        .matrix-layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1rem;align-items:start}
        @media (max-width:900px){.matrix-layout{grid-template-columns:1fr}}
        #evidence{border-left:3px solid #1f3a5f;padding:0 .8rem;max-height:70vh;overflow:auto;position:sticky;top:4rem}
        .evidence-item{margin:.4rem 0;padding:.3rem .5rem;background:#f4f7fb;border-left:3px solid #1f3a5f}
        .ref,cite{font-family:monospace;font-size:.8rem;color:#37507a;font-style:normal}
        td.num{text-align:right;white-space:nowrap}.stance-supports{background:#8fd19e}.stance-opposes{background:#d9534f;color:#fff}
        .stance-conditional{background:#f7c873}.stance-neutral{background:#eee}
        #q{width:100%;max-width:40rem;font-size:1rem;padding:.35rem}#hits li{margin:.35rem 0}mark{background:#ffe066}
        .measure{border-top:1px solid #eee;margin-top:.5rem}table.amounts td{text-align:right}
        """

    static let script = """
        (function(){
        'use strict';
        var errors=[];
        window.addEventListener('error',function(e){errors.push(String(e.message));});
        var D=JSON.parse(document.getElementById('data').textContent);
        function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
        function ref(doc,line,page){return doc+(page?', '+D.text.page.toLowerCase()+' '+page:'')+(line>0?', '+D.text.line.toLowerCase()+' '+line:'');}
        var panel=document.getElementById('evidence');
        function showCell(td){
          var key=td.getAttribute('data-row')+','+td.getAttribute('data-col');
          var prev=document.querySelector('td.cell.selected');if(prev)prev.classList.remove('selected');
          td.classList.add('selected');
          while(panel.firstChild)panel.removeChild(panel.firstChild);
          var c=D.cells[key];
          if(!c){panel.appendChild(el('h3',null,D.text.evidence));panel.appendChild(el('p','note',D.text.absent));return 0;}
          panel.appendChild(el('h3',null,D.text.evidence+': '+c.row));
          panel.appendChild(el('p','level',c.doc+' \\u2014 '+c.label));
          c.evidence.forEach(function(ev){
            var d=el('div','evidence-item');d.appendChild(el('span','ref','['+ref(ev[0],ev[1],ev[2])+'] '));
            d.appendChild(el('span','sentence',ev[3]));panel.appendChild(d);});
          return c.evidence.length;
        }
        document.querySelectorAll('td.cell').forEach(function(td){
          td.addEventListener('click',function(){showCell(td);});
          td.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();showCell(td);}});
        });
        function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
        var folded=null;
        var q=document.getElementById('q'),hits=document.getElementById('hits'),count=document.getElementById('hit-count');
        function search(query){
          var f=fold(query.trim());while(hits.firstChild)hits.removeChild(hits.firstChild);
          if(f.length<2){count.textContent='';return 0;}
          if(!folded)folded=D.passages.map(function(p){return fold(p[3]);});
          var n=0;
          for(var i=0;i<D.passages.length;i++){
            var at=folded[i].indexOf(f);if(at<0)continue;n++;if(n>200)continue;
            var p=D.passages[i],li=el('li');li.appendChild(el('span','ref','['+ref(D.docs[p[0]],p[1],p[2])+'] '));
            var t=p[3],s=Math.max(0,at-160),e=Math.min(t.length,at+f.length+240);
            if(s>0)li.appendChild(document.createTextNode('\\u2026'));
            li.appendChild(document.createTextNode(t.slice(s,at)));li.appendChild(el('mark',null,t.slice(at,at+f.length)));
            li.appendChild(document.createTextNode(t.slice(at+f.length,e)+(e<t.length?'\\u2026':'')));hits.appendChild(li);
          }
          count.textContent=n+' '+D.text.results;return n;
        }
        var timer=null;
        q.addEventListener('input',function(){clearTimeout(timer);timer=setTimeout(function(){search(q.value);},120);});
        if(location.hash==='#selftest'){
          var rows=document.querySelectorAll('tr.matrix-row').length;
          var first=document.querySelector('td.cell:not(.level-absent)')||document.querySelector('td.cell');
          var shown=0,text='';
          if(first){first.click();shown=panel.querySelectorAll('.evidence-item').length;
            var s=panel.querySelector('.sentence');text=s?s.textContent.slice(0,80):'';}
          var word=D.passages.length?(D.passages[0][3].split(/\\s+/).filter(function(w){return w.length>3;})[0]||''):'';
          var found=word?search(word):0;
          var result={rows:rows,evidence:shown,firstSentence:text,searchWord:word,searchHits:found,errors:errors};
          var out=document.getElementById('selftest-result');out.textContent=JSON.stringify(result);out.hidden=false;
          document.title='SELFTEST '+(errors.length===0?'OK':'FAIL')+' rows='+rows+' evidence='+shown+' hits='+found;
        }
        })();
        """
}

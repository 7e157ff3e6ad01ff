import type { Overview } from '../../services/public-views.js';
import { LetterList } from './components/letter-list.js';
import { SearchBox } from './components/search-box.js';
import { Layout } from './layout.js';

/** The front door: a search box, what the archive holds, the latest letters. */
export function HomePage({ counts, latest }: Overview) {
  const figures: Array<[number, string, string]> = [
    [counts.letters, 'letters', '/search'],
    [counts.replies, 'replies', '/search?reply=yes'],
    [counts.states, 'States and other recipients', '/states'],
    [counts.mandates, 'mandates', '/mandates'],
    [counts.people, 'people named', '/people'],
  ];
  return (
    <Layout title="Public communications" headerSearch={false}>
      <h1>Communications of the UN Special Procedures</h1>
      <p class="lead">
        Letters from the independent human rights experts of the United Nations to governments and other recipients,
        and their replies, published once the confidential period has ended.
      </p>
      <SearchBox id="q" label="Search letters" hint={`Words or names in any spelling; "a quoted phrase"; -word to leave out.`} />
      <h2 class="visually-hidden">The archive in figures</h2>
      <ul class="figures">
        {figures.map(([n, label, href]) => (
          <li><a href={href}><strong>{n.toLocaleString('en')}</strong> {label}</a></li>
        ))}
      </ul>
      <h2>Latest published letters</h2>
      {latest.length === 0 ? <p>No letter has been published yet.</p> : <LetterList letters={latest} />}
      <p><a href="/search">All published letters</a></p>
    </Layout>
  );
}

import { useState } from 'preact/hooks';
import { fileNameOf } from '../../../lib/teach/builder';
import type { NumberedBank } from '../../../lib/teach/questionIndex';
import { downloadFile } from '../downloadFile';
import { loadLinkCode } from './loadLinkCode';

/** Export the chosen questions as a Moodle GIFT file, written in this browser. */
export function ExportPanel({ chosen, title, bank }: { chosen: string[]; title: string; bank: NumberedBank }) {
  const [message, setMessage] = useState('');
  const downloadGift = async () => {
    if (chosen.length === 0) return setMessage('Choose at least one question first.');
    const { giftOf } = await loadLinkCode();
    const named = title.trim();
    const name = fileNameOf(named || 'questions', 'gift.txt');
    downloadFile(
      giftOf(
        chosen.map((id) => bank.questions.get(id)!),
        { title: named || undefined },
      ),
      name,
      'text/plain',
    );
    setMessage(`Downloading ${chosen.length} question${chosen.length === 1 ? '' : 's'} as ${name}.`);
  };
  return (
    <section class="teach-panel" aria-labelledby="teach-export-heading">
      <h2 id="teach-export-heading">Export the chosen questions</h2>
      <button type="button" class="button secondary" onClick={() => void downloadGift()}>
        Download for Moodle (GIFT)
      </button>
      <p class="teach-status" role="status">
        {message}
      </p>
    </section>
  );
}

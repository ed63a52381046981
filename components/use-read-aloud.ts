import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';

export type SpeechState = 'idle' | 'playing' | 'paused';

/** The blocks read aloud, in reading order; a list item holding paragraphs is read through them. */
const BLOCKS = 'h2, h3, h4, p, li, blockquote, figcaption, td, th';

export function readableBlocks(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => (el.textContent ?? '').trim().length > 0 && !el.querySelector(BLOCKS) && !el.parentElement?.closest('blockquote, figcaption'),
  );
}

export const speechSupported = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';

const HIGHLIGHT = 'reading-aloud';

/**
 * Read aloud with the Web Speech API, one utterance per paragraph (long utterances stall in Chrome), the
 * paragraph being read highlighted and kept in view. Changing the rate restarts the current paragraph.
 */
export function useReadAloud(rootRef: { current: Element | null }, options: { rate: number; lang: string | null }) {
  const [state, setState] = useState<SpeechState>('idle');
  const [error, setError] = useState('');
  const index = useRef(0);
  const blocks = useRef<HTMLElement[]>([]);
  const session = useRef(0);
  const rateRef = useRef(options.rate);
  rateRef.current = options.rate;

  const highlight = (el: HTMLElement | null) => {
    rootRef.current?.querySelectorAll(`.${HIGHLIGHT}`).forEach((node) => node.classList.remove(HIGHLIGHT));
    if (el) {
      el.classList.add(HIGHLIGHT);
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  const speakFrom = (i: number) => {
    const synth = window.speechSynthesis;
    const id = ++session.current;
    synth.cancel();
    const block = blocks.current[i];
    if (!block) return stop();
    index.current = i;
    highlight(block);
    const utterance = new SpeechSynthesisUtterance(block.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    utterance.rate = rateRef.current;
    if (options.lang) utterance.lang = options.lang;
    utterance.onend = () => {
      if (id === session.current) speakFrom(i + 1);
    };
    utterance.onerror = (event) => {
      if (id !== session.current || event.error === 'interrupted' || event.error === 'canceled') return;
      setError(t('reader.speech.noVoice'));
      stop();
    };
    synth.speak(utterance);
  };

  const stop = () => {
    session.current++;
    if (speechSupported()) window.speechSynthesis.cancel();
    highlight(null);
    setState('idle');
  };

  const toggle = () => {
    if (!speechSupported()) return;
    setError('');
    if (state === 'playing') {
      window.speechSynthesis.pause();
      setState('paused');
    } else if (state === 'paused') {
      window.speechSynthesis.resume();
      setState('playing');
    } else {
      blocks.current = rootRef.current ? readableBlocks(rootRef.current) : [];
      setState('playing');
      speakFrom(0);
    }
  };

  useEffect(() => {
    if (state === 'playing') speakFrom(index.current);
  }, [options.rate]);

  useEffect(() => () => stop(), []);

  return { state, error, toggle, stop, supported: speechSupported() };
}

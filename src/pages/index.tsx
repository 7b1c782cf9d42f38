import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

type Section = {
  title: string;
  to: string;
  description: string;
};

const SECTIONS: Section[] = [
  {
    title: 'FAQ',
    to: '/docs/faq',
    description:
      'Deployment, ingestion, files, pricing, pooling, balances, dates, tiers and rounding: short answers first.',
  },
  {
    title: 'Architecture',
    to: '/docs/architecture',
    description:
      'The services, the data flows between Allegro and core Aria, and where each can fail.',
  },
  {
    title: 'Errors & reprocessing',
    to: '/docs/errors',
    description:
      'Suspended usage, failed catalog and account sync, aggregated usage rejected by core Aria.',
  },
  {
    title: 'Configuration',
    to: '/docs/configuration',
    description:
      'Resources, building blocks, models, aggregation, system properties and core Aria prerequisites.',
  },
  {
    title: 'Tools',
    to: '/docs/tools',
    description:
      'Check a configuration or a usage file and simulate reprocessing, privately in your browser.',
  },
  {
    title: 'Reference',
    to: '/docs/reference',
    description: 'API fields and error codes, checker codes and the glossary.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Aria Allegro knowledge base"
      description="Answers, checkers and simulators for people who run Aria Allegro usage mediation and rating."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Aria Allegro knowledge base
          </Heading>
          <p className={styles.subtitle}>
            Find out why a record was suspended, what a sync error means, and what a reprocessing
            run will do, before you touch production.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2" className={styles.sectionsHeading}>
          Where to start
        </Heading>
        <ul className={styles.grid}>
          {SECTIONS.map((section) => (
            <li key={section.to} className={styles.card}>
              <Link to={section.to} className={styles.cardLink}>
                <span className={styles.cardTitle}>{section.title}</span>
                <span className={styles.cardText}>{section.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}

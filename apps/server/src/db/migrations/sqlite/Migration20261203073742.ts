import { Migration } from '@mikro-orm/migrations';

export class Migration20261203073742 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting_subtree_year\` (\`path\` text not null, \`year\` integer not null, \`cells\` integer not null, \`months_due\` integer not null, \`months_held\` integer not null, \`quarters_due\` integer not null, \`quarters_held\` integer not null, \`behind_regular\` integer not null, \`behind_thematic\` integer not null, primary key (\`path\`, \`year\`));`);


  }

}

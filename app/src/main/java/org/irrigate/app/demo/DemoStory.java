package org.irrigate.app.demo;

import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Loads the Gloucestershire story, chapter by chapter, into an empty event store. */
@Component
public class DemoStory {
    private static final Logger log = LoggerFactory.getLogger(DemoStory.class);

    private final List<DemoChapter> chapters;
    private final CommandGateway commands;
    private final DemoUsers users;

    DemoStory(List<DemoChapter> chapters, CommandGateway commands, DemoUsers users) {
        this.chapters = chapters.stream().sorted(Comparator.comparingInt(DemoChapter::order)).toList();
        this.commands = commands;
        this.users = users;
    }

    public int load() {
        users.create();
        Story story = new Story(commands);
        chapters.forEach(chapter -> chapter.tell(story));
        log.info("Demo data loaded: the Gloucestershire story, {} commands in {} chapters", story.told(), chapters.size());
        return story.told();
    }
}
